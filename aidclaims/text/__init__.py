"""Text: sentences, clauses (the one splitter), cue scanning, word gates, the one trie compiler."""
