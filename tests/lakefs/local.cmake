# local tests
