# SPDX-License-Identifier: Apache-2.0
target_sources(lakescope_ui PRIVATE
    actions/actioncontext.h
    actions/batchremoval.cpp actions/batchremoval.h
    actions/folderscan.cpp actions/folderscan.h
    actions/objectactions.cpp actions/objectactions.h actions/objectactionswrite.cpp
    actions/objecturlsmime.cpp actions/objecturlsmime.h
    actions/propertiesdialog.cpp actions/propertiesdialog.h
    actions/writepolicy.cpp actions/writepolicy.h
)
