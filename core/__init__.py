"""Backprop Studio's model and engine: pure Python and NumPy, never Qt.

`core` holds the graph model (`graph`), the operation registry (`ops`), the engine
that runs forward and backward (`engine`), the gradient check (`gradcheck`), the graph
file format (`fileformat`), MNIST data (`mnist`, `download`), training (`trainer`) and the
headless command line (`cli`).
"""
