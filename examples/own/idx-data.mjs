// Writes an MNIST-layout IDX directory of synthetic u8 images (each label learnable from its pixels), a
// thousand rows at a time, for measuring streamed training on data larger than the device:
//   node examples/own/idx-data.mjs DIR TRAIN_ROWS TEST_ROWS DIM... (e.g. /tmp/big 200000 10000 28 28)
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
const [dir, n, nt, ...dims] = process.argv.slice(2).map((v, i) => (i ? Number(v) : v));
mkdirSync(dir, { recursive: true });
const per = dims.reduce((a, b) => a * b, 1);
function write(file, count, shape, rowFn) {
  const fd = openSync(`${dir}/${file}`, 'w');
  const head = Buffer.alloc(4 + 4 * shape.length);
  head[2] = 8; head[3] = shape.length;
  shape.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
  writeSync(fd, head);
  const rows = 1000;
  for (let s = 0; s < count; s += rows) {
    const k = Math.min(rows, count - s);
    const buf = Buffer.alloc(k * (shape.length > 1 ? per : 1));
    for (let r = 0; r < k; r++) rowFn(s + r, buf, r);
    writeSync(fd, buf);
  }
  closeSync(fd);
}
const label = (i) => (i * 2654435761 >>> 7) % 10;
const image = (i, buf, r) => { const c = label(i); for (let p = 0; p < per; p++) buf[r * per + p] = ((p * 31 + i * 7) & 63) + (p % 10 === c ? 150 : 0); };
write('train-images-idx3-ubyte', n, [n, ...dims], image);
write('train-labels-idx1-ubyte', n, [n], (i, buf, r) => (buf[r] = label(i)));
write('t10k-images-idx3-ubyte', nt, [nt, ...dims], (i, b, r) => image(i + n, b, r));
write('t10k-labels-idx1-ubyte', nt, [nt], (i, buf, r) => (buf[r] = label(i + n)));
