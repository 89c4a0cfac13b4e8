"""Reading an article: Markdown outline with lines, Dutch sentences, extraction."""
