# SPDX-License-Identifier: Apache-2.0
lakescope_add_test(NAME tst_preview SOURCES tst_preview.cpp LIBS lakescope_ui Qt6::Test LABELS ui)
