"""`backprop-studio train`: the MNIST two-layer net trained through the graph engine."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", metavar="DIR", help="folder with the four MNIST IDX files")
    parser.add_argument("--graph", metavar="FILE", help="graph to train (default: the "
                        "two-layer-net sample)")
    parser.add_argument("--iters", type=int, default=10000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--hidden", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float32")
    parser.add_argument("--save", metavar="PARAMS.npz")
    parser.add_argument("--json", action="store_true")


def main(args: argparse.Namespace) -> int:
    raise SystemExit("backprop-studio train: not available yet")
