"""The fact base and its storage: the fact model, units, numbers, periods, reading and
validating fact files, the cache. Imports nothing else of jzfacts (the bottom layer)."""
