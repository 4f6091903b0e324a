"""The Training panel: MNIST training off the GUI thread, live curves, analysis views."""
