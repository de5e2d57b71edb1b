# SPDX-License-Identifier: Apache-2.0
# Connections: the dialog, the settings and keychain storage, the first-run
# import, and the manager the main window uses.
target_sources(lakescope_ui PRIVATE
    connections/connectiondialog.cpp connections/connectiondialog.h
    connections/connectionimporter.cpp connections/connectionimporter.h
    connections/connectionmanager.cpp connections/connectionmanager.h
    connections/connectionmanagerdialogs.cpp
    connections/connectionprobe.cpp connections/connectionprobe.h
    connections/connectionprofile.cpp connections/connectionprofile.h
    connections/connectionstore.cpp connections/connectionstore.h
    connections/keychainsecretstore.cpp connections/keychainsecretstore.h
    connections/secretstore.h
    connections/sessionsecretstore.cpp connections/sessionsecretstore.h
)
