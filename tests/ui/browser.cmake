# SPDX-License-Identifier: Apache-2.0
# The browser's sources, until ui/CMakeLists.txt includes browser/sources.cmake
# itself (include_guard makes the second inclusion a no-op).
include(${PROJECT_SOURCE_DIR}/ui/browser/sources.cmake)

# The tree and the panel over real lakes (a local demo lake, `serve lakefs`)
# and S3 (s3rver).
foreach(name tst_browsertree tst_browserpanel)
    lakescope_add_test(NAME ${name} SOURCES ${name}.cpp teststore.h
        LIBS lakescope_ui lakescope_testsupport Qt6::Test
        LABELS ui browser
        TIMEOUT 300)
    target_compile_definitions(${name} PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
    add_dependencies(${name} lakescope-cli)
endforeach()
