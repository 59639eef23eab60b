#!/usr/bin/env python3
"""The training step of examples/mnist-bn.dnn in PyTorch on the CPU, for bench/cpu-threads.ts.

The same network as the .dnn: 784 -> dense 300 -> batch norm -> ELU -> dense 100 -> batch norm
-> ELU -> dense 10 -> batch norm; mean sparse softmax cross-entropy; accuracy (top-1) computed
every step as dnnc's train step does; plain SGD, learning rate 0.01; batches of 200; batch norm
momentum 0.9 in TensorFlow's sense (PyTorch's momentum=0.1), epsilon 0.001. The data are 8000
random examples (the time of a step does not depend on the values), shuffled every epoch.

Prints one JSON line: {"threads": T, "ms_per_step": ...} over `--epochs` timed epochs after one
warm-up epoch (40 steps each).
"""
import argparse
import json
import time

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--threads", type=int, default=1)
parser.add_argument("--epochs", type=int, default=3)
args = parser.parse_args()
torch.set_num_threads(args.threads)
torch.manual_seed(1)

model = nn.Sequential(
    nn.Linear(784, 300), nn.BatchNorm1d(300, eps=1e-3, momentum=0.1), nn.ELU(),
    nn.Linear(300, 100), nn.BatchNorm1d(100, eps=1e-3, momentum=0.1), nn.ELU(),
    nn.Linear(100, 10), nn.BatchNorm1d(10, eps=1e-3, momentum=0.1),
)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
N, BATCH = 8000, 200
x = torch.rand(N, 784)
y = torch.randint(0, 10, (N,))


def epoch():
    order = torch.randperm(N)
    for i in range(0, N, BATCH):
        idx = order[i:i + BATCH]
        xb, yb = x[idx], y[idx]
        opt.zero_grad(set_to_none=True)
        logits = model(xb)
        loss = loss_fn(logits, yb)
        loss.backward()
        opt.step()
        (logits.argmax(1) == yb).float().mean().item()
        loss.item()


model.train()
epoch()  # warm-up
start = time.perf_counter()
for _ in range(args.epochs):
    epoch()
ms = (time.perf_counter() - start) * 1000 / (args.epochs * N // BATCH)
print(json.dumps({"threads": args.threads, "ms_per_step": round(ms, 3), "torch": torch.__version__}))
