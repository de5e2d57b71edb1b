# contract tests
