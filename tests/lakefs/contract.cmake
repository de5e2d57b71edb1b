# contract tests: every response of `lakescope-cli serve lakefs` is checked
# against lakeFS's own OpenAPI spec.
#
# tests/data/lakefs-swagger.yml is api/swagger.yml of treeverse/lakeFS v1.84.0
# (Apache-2.0), byte for byte (sha256 b0e9baa6...4dc3), so it can be compared
# with upstream. It is converted to JSON at build time, as nlohmann_json reads
# JSON only; YAML keys such as 200 become the strings JSON needs.
find_package(nlohmann_json 3.2 REQUIRED)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
execute_process(COMMAND ${Python3_EXECUTABLE} -c "import yaml"
    RESULT_VARIABLE lakescope_pyyaml_missing OUTPUT_QUIET ERROR_QUIET)
if(lakescope_pyyaml_missing)
    message(WARNING "PyYAML is missing (Debian: python3-yaml, see scripts/setup.sh): "
        "the lakeFS contract tests will not build")
endif()

set(LAKESCOPE_LAKEFS_SPEC_YAML ${PROJECT_SOURCE_DIR}/tests/data/lakefs-swagger.yml)
set(LAKESCOPE_LAKEFS_SPEC_JSON ${CMAKE_CURRENT_BINARY_DIR}/lakefs-swagger.json)
add_custom_command(
    OUTPUT ${LAKESCOPE_LAKEFS_SPEC_JSON}
    COMMAND ${Python3_EXECUTABLE} -c
        "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), open(sys.argv[2], 'w', encoding='utf-8'), indent=1, default=str)"
        ${LAKESCOPE_LAKEFS_SPEC_YAML} ${LAKESCOPE_LAKEFS_SPEC_JSON}
    DEPENDS ${LAKESCOPE_LAKEFS_SPEC_YAML}
    COMMENT "Converting the lakeFS OpenAPI spec to JSON"
    VERBATIM)
add_custom_target(lakescope_lakefs_spec_json DEPENDS ${LAKESCOPE_LAKEFS_SPEC_JSON})

# The spec loader, the schema validator and the exchange checker.
add_library(lakescope_lakefscontract STATIC
    contract/contractchecker.cpp
    contract/contractchecker.h
    contract/openapispec.cpp
    contract/openapispec.h
    contract/schemavalidator.cpp
    contract/schemavalidator.h
)
lakescope_set_common_properties(lakescope_lakefscontract)
target_include_directories(lakescope_lakefscontract PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(lakescope_lakefscontract PUBLIC nlohmann_json::nlohmann_json)
add_dependencies(lakescope_lakefscontract lakescope_lakefs_spec_json)

# The validator and the checker on small schemas and the real spec; no server.
lakescope_add_test(NAME tst_openapicontract
    SOURCES contract/tst_openapicontract.cpp
    LIBS lakescope_lakefscontract Qt6::Core Qt6::Test)
target_compile_definitions(tst_openapicontract PRIVATE LAKESCOPE_LAKEFS_SPEC_JSON="${LAKESCOPE_LAKEFS_SPEC_JSON}")

# The server driven through every endpoint it implements, each response
# checked against the spec.
lakescope_add_test(NAME tst_lakefscontract
    SOURCES
        contract/contractsession.cpp
        contract/contractsession.h
        contract/contractjson.h
        contract/lakefscontracttest.h
        contract/lakefscontractversioning.cpp
        contract/tst_lakefscontract.cpp
    LIBS lakescope_lakefscontract lakescope_testsupport Qt6::Core Qt6::Test
    TIMEOUT 300)
target_compile_definitions(tst_lakefscontract PRIVATE
    LAKESCOPE_LAKEFS_SPEC_JSON="${LAKESCOPE_LAKEFS_SPEC_JSON}"
    LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_lakefscontract lakescope-cli)
find_package(httplib CONFIG QUIET)
if(TARGET httplib::httplib)
    target_link_libraries(tst_lakefscontract PRIVATE httplib::httplib)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LAKESCOPE_CONTRACT_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
    target_link_libraries(tst_lakefscontract PRIVATE PkgConfig::LAKESCOPE_CONTRACT_HTTPLIB)
endif()
