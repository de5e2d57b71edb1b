# SPDX-License-Identifier: Apache-2.0
# A branch's uncommitted changes, as a tree, and committing them.
target_sources(lakescope_ui PRIVATE
    versioning/changespanel.cpp versioning/changespanel.h
    versioning/commitdialog.cpp versioning/commitdialog.h
    versioning/metadataeditor.cpp versioning/metadataeditor.h
    versioning/diffpageloader.cpp versioning/diffpageloader.h
    versioning/diffsources.cpp versioning/diffsources.h
    versioning/enterkeyfilter.cpp versioning/enterkeyfilter.h
    versioning/difftreemodel.cpp versioning/difftreemodel.h
)
# History, blame, and creating and deleting branches and tags.
target_sources(lakescope_ui PRIVATE
    versioning/branchprotection.cpp versioning/branchprotection.h
    versioning/commitdetailsview.cpp versioning/commitdetailsview.h
    versioning/commitlogmodel.cpp versioning/commitlogmodel.h
    versioning/commitreverter.cpp versioning/commitreverter.h
    versioning/createrefdialog.cpp versioning/createrefdialog.h
    versioning/deleterefdialog.cpp versioning/deleterefdialog.h
    versioning/historypanel.cpp versioning/historypanel.h
    versioning/protectionnotice.cpp versioning/protectionnotice.h
    versioning/referrors.cpp versioning/referrors.h
)
# One changed object's two sides, compared line by line or side by side.
target_sources(lakescope_ui PRIVATE
    versioning/comparesides.cpp versioning/comparesides.h
    versioning/objectcomparepane.cpp versioning/objectcomparepane.h
    versioning/scaledimageview.cpp versioning/scaledimageview.h
    versioning/sidebysidetextview.cpp versioning/sidebysidetextview.h
)
# Comparing two refs: the diff as a tree and both versions of an object.
target_sources(lakescope_ui PRIVATE
    versioning/compareview.cpp versioning/compareview.h
    versioning/refcomparison.cpp versioning/refcomparison.h
    versioning/refpicker.cpp versioning/refpicker.h
)
# Reviewing a merge before it happens: preflight checks, conflicts, strategy.
target_sources(lakescope_ui PRIVATE
    versioning/mergedialog.cpp versioning/mergedialog.h
    versioning/mergeerrors.cpp versioning/mergeerrors.h
    versioning/mergepreflight.cpp versioning/mergepreflight.h
    versioning/mergeresultpage.cpp versioning/mergeresultpage.h
    versioning/mergestrategychooser.cpp versioning/mergestrategychooser.h
)
