// Turning a drawing into an MNIST-like digit (pure functions: no DOM, so Node tests run them).
// MNIST's digits were scaled to fit a 20×20 box (keeping the aspect ratio, anti-aliased) and then
// placed in the 28×28 image so that their centre of mass sits at the centre. The same here.

export const SIZE = 28;
const BOX = 20;

/**
 * gray: width×height intensities in [0, 1] (ink = 1). Returns 784 intensities in [0, 1], or null
 * when nothing is drawn.
 */
export function toMnist(gray, width, height) {
  const box = inkBounds(gray, width, height);
  if (!box) return null;
  const side = Math.max(box.w, box.h);
  const scale = BOX / side;
  const tw = Math.max(1, Math.round(box.w * scale));
  const th = Math.max(1, Math.round(box.h * scale));
  const small = resample(gray, width, box, tw, th);
  const { x: cx, y: cy } = centreOfMass(small, tw, th);
  const ox = Math.round(SIZE / 2 - cx);
  const oy = Math.round(SIZE / 2 - cy);
  const out = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const X = x + ox;
      const Y = y + oy;
      if (X >= 0 && X < SIZE && Y >= 0 && Y < SIZE) out[Y * SIZE + X] = small[y * tw + x];
    }
  }
  return out;
}

/** The smallest rectangle holding every pixel with ink. */
function inkBounds(gray, width, height) {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (gray[y * width + x] > 0.05) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** Area-averaging downscale of the box to tw×th (each target pixel averages its source cells). */
function resample(gray, width, box, tw, th) {
  const out = new Float32Array(tw * th);
  const sx = box.w / tw;
  const sy = box.h / th;
  for (let y = 0; y < th; y++) {
    const ya = box.y + Math.floor(y * sy);
    const yb = Math.max(ya + 1, box.y + Math.floor((y + 1) * sy));
    for (let x = 0; x < tw; x++) {
      const xa = box.x + Math.floor(x * sx);
      const xb = Math.max(xa + 1, box.x + Math.floor((x + 1) * sx));
      let sum = 0;
      for (let yy = ya; yy < yb; yy++) for (let xx = xa; xx < xb; xx++) sum += gray[yy * width + xx];
      out[y * tw + x] = Math.min(1, sum / ((yb - ya) * (xb - xa)));
    }
  }
  return out;
}

function centreOfMass(img, w, h) {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = img[y * w + x];
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return m > 0 ? { x: mx / m, y: my / m } : { x: w / 2, y: h / 2 };
}

/** Index of the largest value. */
export function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
