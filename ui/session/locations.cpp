// SPDX-License-Identifier: Apache-2.0
#include "ui/session/locations.h"

namespace lakescope::ui {

StoreUrl Locations::folder(StoreUrl url)
{
    while (!url.key().empty() && !url.path.empty() && url.path.back() == '/')
        url.path.pop_back();
    return url;
}

QString Locations::text(const StoreUrl &url)
{
    return QString::fromStdString(url.toString());
}

QString Locations::leafName(const StoreUrl &url)
{
    std::string key = url.key();
    while (!key.empty() && key.back() == '/')
        key.pop_back();
    const auto slash = key.rfind('/');
    return QString::fromStdString(slash == std::string::npos ? key : key.substr(slash + 1));
}

QString Locations::title(const StoreUrl &url)
{
    const QString leaf = leafName(url);
    return leaf.isEmpty() ? text(url) : leaf;
}

} // namespace lakescope::ui
