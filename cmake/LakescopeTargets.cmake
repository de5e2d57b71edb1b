# Uniform target properties and a one-line test helper, so every target is
# built the same way and a typo in a helper call fails the configure.

function(lakescope_set_common_properties target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    endif()
    # GCC 12 warns about std::string assignments it cannot prove safe
    # (GCC bug 105329): noise that would bury real warnings.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
endfunction()

# lakescope_add_test(NAME tst_x SOURCES a.cpp LIBS lib... [LABELS l...] [TIMEOUT s] [ENVIRONMENT k=v...])
function(lakescope_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "lakescope_add_test: unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "lakescope_add_test: NAME and SOURCES are required")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS})
    lakescope_set_common_properties(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        # Journals of interrupted jobs go to the build tree, never to the
        # user's state directory.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LAKESCOPE_STATE_DIR=${CMAKE_BINARY_DIR}/test-state/${ARG_NAME};XDG_STATE_HOME=${CMAKE_BINARY_DIR}/test-state/${ARG_NAME}/xdg;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-state/${ARG_NAME}/data;${ARG_ENVIRONMENT}")
    if(ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
