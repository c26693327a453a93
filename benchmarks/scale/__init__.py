"""How the app feels at a service's real scale: ten thousand conferences and their people.

Run from the repository: ``python -m benchmarks.scale`` (``--help`` for the
options). The data set is generated once into a folder under the system's
temporary folder and reused by later runs.

Two things change the start figure and are worth knowing when reading it:

* The database file is read whole for damage only when damage is likely
  (``fgc_desktop.store.integrity``): after a start that did not close cleanly
  (a killed run), after another program changed the file, or once a week.
  Such a start is about 0.4 s slower; the median over several runs hides one.
* With ``PYTHONDONTWRITEBYTECODE`` set, every start compiles the app's source
  again (about 0.15 s). An installed app carries its bytecode; to measure as
  it would run, unset it and set ``PYTHONPYCACHEPREFIX`` to a scratch folder.
"""
