# SPDX-License-Identifier: Apache-2.0
target_sources(lakescope_ui PRIVATE
    preview/delimitedtext.cpp preview/delimitedtext.h
    preview/previewbuilder.cpp preview/previewbuilder.h
    preview/previewcontent.h
    preview/previewloader.cpp preview/previewloader.h
    preview/previewpanel.cpp preview/previewpanel.h
    preview/textdecoding.cpp preview/textdecoding.h
)
