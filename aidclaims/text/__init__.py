"""Text: sentences, clauses (the one splitter), cue scanning and the one trie compiler."""
