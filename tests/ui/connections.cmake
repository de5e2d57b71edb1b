# SPDX-License-Identifier: Apache-2.0
# Connections: profiles, settings, secrets, import, the dialog and its
# Test connection against real peers (s3rver, `lakescope-cli serve lakefs`),
# and a keychain round trip through a private D-Bus session bus and
# gnome-keyring-daemon (Debian: dbus-daemon, gnome-keyring).
foreach(name tst_connectiondialog tst_connectionmanager tst_connectionkeychain)
    lakescope_add_test(NAME ${name} SOURCES ${name}.cpp
        LIBS lakescope_ui lakescope_testsupport Qt6::Test Qt6::DBus
        LABELS ui connections
        TIMEOUT 300)
    target_compile_definitions(${name} PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
    add_dependencies(${name} lakescope-cli)
endforeach()
