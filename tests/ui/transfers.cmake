# SPDX-License-Identifier: Apache-2.0
# The transfer queue: service, model, panel, drops and resume, over local
# folders and memory stores, and against real S3 and lakeFS peers.
lakescope_add_test(NAME tst_transferqueue SOURCES tst_transferqueue.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui TIMEOUT 300)
lakescope_add_test(NAME tst_transferpeers SOURCES tst_transferpeers.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui TIMEOUT 600)
target_compile_definitions(tst_transferpeers PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_transferpeers lakescope-cli)
