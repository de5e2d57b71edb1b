# SPDX-License-Identifier: Apache-2.0
# The lakeFS review area: diffs, a branch's changes, commits.
lakescope_add_test(NAME tst_difftreemodel SOURCES tst_difftreemodel.cpp LIBS lakescope_ui Qt6::Test LABELS ui versioning
    TIMEOUT 300)

# History, blame and branch/tag dialogs, over a local demo lake and `serve lakefs`.
foreach(name tst_commitlog tst_historypanel tst_refdialogs)
    lakescope_add_test(NAME ${name} SOURCES ${name}.cpp teststore.h
        LIBS lakescope_ui lakescope_testsupport Qt6::Test
        LABELS ui versioning
        TIMEOUT 300)
    target_compile_definitions(${name} PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
    add_dependencies(${name} lakescope-cli)
endforeach()
# A branch's changes over a LocalLake in a temporary folder (and paging over
# `serve lakefs`); committing against `serve lakefs`.
lakescope_add_test(NAME tst_changespanel SOURCES tst_changespanel.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui versioning TIMEOUT 300)
target_compile_definitions(tst_changespanel PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_changespanel lakescope-cli)
lakescope_add_test(NAME tst_commitdialog SOURCES tst_commitdialog.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui versioning TIMEOUT 300)
target_compile_definitions(tst_commitdialog PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_commitdialog lakescope-cli)
# The merge review against `serve lakefs`: conflicts under each strategy.
lakescope_add_test(NAME tst_mergedialog SOURCES tst_mergedialog.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui versioning TIMEOUT 300)
target_compile_definitions(tst_mergedialog PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_mergedialog lakescope-cli)
# Comparing two refs over `serve lakefs`: the diff tree, content, merge requests.
lakescope_add_test(NAME tst_compareview SOURCES tst_compareview.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui versioning TIMEOUT 300)
target_compile_definitions(tst_compareview PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_compareview lakescope-cli)
# One changed object's two sides over `serve lakefs`: text, images, facts.
lakescope_add_test(NAME tst_objectcomparepane SOURCES tst_objectcomparepane.cpp
    LIBS lakescope_ui lakescope_testsupport Qt6::Test LABELS ui versioning TIMEOUT 300)
target_compile_definitions(tst_objectcomparepane PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
add_dependencies(tst_objectcomparepane lakescope-cli)
