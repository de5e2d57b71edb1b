# SPDX-License-Identifier: Apache-2.0
target_sources(lakescope_ui PRIVATE
    transfers/transferlauncher.h
)
