// SPDX-License-Identifier: Apache-2.0
#include "ui/actions/writepolicy.h"

#include <algorithm>
#include <cctype>

namespace lakescope::ui {

bool WritePolicy::isImmutableLakeRef(const std::string &ref)
{
    if (ref.find_first_of("~^@") != std::string::npos)
        return true;
    // lakeFS commit ids are 64 hex digits; people paste abbreviations of 7+.
    const bool hex = !ref.empty() && std::all_of(ref.begin(), ref.end(), [](unsigned char c) {
        return std::isdigit(c) || (c >= 'a' && c <= 'f');
    });
    return hex && ref.size() >= 7 && std::any_of(ref.begin(), ref.end(), [](unsigned char c) {
               return std::isdigit(c);
           });
}

QString WritePolicy::refusal(const StoreUrl &url)
{
    if (url.isAccount())
        return tr("%1 lists buckets and repositories; open one of them to change its contents.")
            .arg(QString::fromStdString(url.toString()));
    if (url.scheme == Scheme::LakeFs) {
        if (url.ref.empty())
            return tr("Choose a branch of %1 to change its contents.").arg(QString::fromStdString(url.bucket));
        if (isImmutableLakeRef(url.ref))
            return tr("%1 is a commit, which cannot change; switch to a branch to make changes.")
                .arg(QString::fromStdString(url.ref));
    }
    return {};
}

} // namespace lakescope::ui
