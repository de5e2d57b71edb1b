# tree tests
