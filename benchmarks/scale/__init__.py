"""How the app feels at a service's real scale: ten thousand conferences and their people.

Run from the repository: ``python -m benchmarks.scale`` (``--help`` for the
options). The data set is generated once into a folder under the system's
temporary folder and reused by later runs.
"""
