"""Input and output: decoding, documents and the one record checker, the runner, writers, Dask.

``documents`` reads paths into :class:`~aidclaims.io.records.Document` items; ``records``
checks every article record (the CLI, :func:`~aidclaims.io.runner.extract_record` and the
Dask recipe share it, so they accept and reject the same records with the same messages);
``runner`` maps :func:`aidclaims.pipeline.extract` over documents; ``writers`` writes claims.
"""
