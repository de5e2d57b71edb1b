# server tests: raw HTTP against `lakescope-cli serve lakefs` (LakeFsPeer),
# for lakeFS's exact statuses, headers and bodies.
lakescope_add_test(NAME tst_lakefsserver
    SOURCES lakefsservertest.h tst_lakefsserver.cpp tst_lakefsserverobjects.cpp
    LIBS lakescope_testsupport
    LABELS lakefs
    TIMEOUT 300)
target_compile_definitions(tst_lakefsserver PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_lakefsserver lakescope-cli)
find_package(nlohmann_json 3.2 REQUIRED)
target_link_libraries(tst_lakefsserver PRIVATE nlohmann_json::nlohmann_json)
find_package(httplib CONFIG QUIET)
if(TARGET httplib::httplib)
    target_link_libraries(tst_lakefsserver PRIVATE httplib::httplib)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LAKESCOPE_SERVERTEST_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
    target_link_libraries(tst_lakefsserver PRIVATE PkgConfig::LAKESCOPE_SERVERTEST_HTTPLIB)
endif()
