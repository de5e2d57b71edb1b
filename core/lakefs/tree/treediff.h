// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lakefs/tree/lakeentry.h"

#include <vector>

// Diffs of whole trees, as lakeFS computes them. Every function walks its
// sorted inputs once (O(n)) and returns entries sorted by path.
namespace lakescope::lakefs {

// A branch's staging area laid over its committed tree: a staged entry
// replaces the committed one, a tombstone removes it.
EntryList applyStaging(const EntryList &committed, const EntryList &staging);

// left -> right: added (only right), removed (only left; size = left's),
// changed (identity differs; size = right's).
std::vector<DiffEntry> diffTwoDot(const EntryList &left, const EntryList &right);

// What merging `right` into `left` would apply: the changes right made since
// `base` (their merge base). A path that left also changed since base, to a
// different identity (or deleted on one side and changed on the other), is
// a conflict; both sides making the same change is not.
std::vector<DiffEntry> diffThreeDot(const EntryList &base, const EntryList &left, const EntryList &right);

// A branch's uncommitted changes: staging against its head tree. Staged
// entries that net to nothing (an identical re-upload, a tombstone of a path
// the head lacks) are left out; removed entries have size 0, as lakeFS sends.
std::vector<DiffEntry> diffStaging(const EntryList &head, const EntryList &staging);

} // namespace lakescope::lakefs
