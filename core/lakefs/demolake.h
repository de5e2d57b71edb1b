// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/lakefs/versionedrepository.h"

namespace lakescope::lakefs {

// The demo lake's sample content: repository "demo" (storage namespace
// local://demo) with taxi trips and weather stations on main over three
// commits, a branch "experiment" with committed and uncommitted changes,
// and a tag "v1.0". Does nothing when "demo" already exists, so a lake
// opened again keeps what the user did with it.
Status seedDemoLake(VersionedRepository &lake);

} // namespace lakescope::lakefs
