# SPDX-License-Identifier: Apache-2.0
# Absolute paths: tests/ui/browser.cmake may include this list too, until
# ui/CMakeLists.txt does; include_guard keeps it to one inclusion.
include_guard(GLOBAL)
target_sources(lakescope_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/commitpickerdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/commitpickerdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/levellisting.cpp ${CMAKE_CURRENT_LIST_DIR}/levellisting.h
    ${CMAKE_CURRENT_LIST_DIR}/locationlevels.cpp ${CMAKE_CURRENT_LIST_DIR}/locationlevels.h
    ${CMAKE_CURRENT_LIST_DIR}/urlmime.cpp ${CMAKE_CURRENT_LIST_DIR}/urlmime.h
    ${CMAKE_CURRENT_LIST_DIR}/breadcrumbbar.cpp ${CMAKE_CURRENT_LIST_DIR}/breadcrumbbar.h
    ${CMAKE_CURRENT_LIST_DIR}/branchchanges.cpp ${CMAKE_CURRENT_LIST_DIR}/branchchanges.h
)
