# SPDX-License-Identifier: Apache-2.0
# Object actions and the properties dialog; the S3 cases run against s3rver,
# the folder rename against the real transfer queue.
lakescope_add_test(NAME tst_objectactions
    SOURCES tst_objectactions.cpp tst_objectactions_fixture.h tst_objectactions_launcher.h teststore.h
    LIBS lakescope_ui lakescope_testsupport Qt6::Test
    LABELS ui
    TIMEOUT 120)
lakescope_add_test(NAME tst_objectactionsdelete
    SOURCES tst_objectactionsdelete.cpp tst_objectactions_fixture.h tst_objectactions_launcher.h teststore.h
    LIBS lakescope_ui lakescope_testsupport Qt6::Test
    LABELS ui peers
    TIMEOUT 120)
lakescope_add_test(NAME tst_propertiesdialog
    SOURCES tst_propertiesdialog.cpp teststore.h
    LIBS lakescope_ui lakescope_testsupport Qt6::Test
    LABELS ui peers
    TIMEOUT 120)
