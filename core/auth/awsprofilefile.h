// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace lakescope {

// One AWS shared config or credentials file, parsed the way the AWS CLI and
// SDKs read it:
//   [default] / [profile NAME] in config, [NAME] in credentials;
//   [services NAME] sections (config only) for service-specific endpoints;
//   '#' and ';' comments, also after whitespace at the end of a line;
//   "key = value" with keys lower-cased and values trimmed;
//   a key with an empty value followed by indented "sub = value" lines
//   ("s3 =\n  addressing_style = path") stored as "s3.addressing_style";
//   other indented lines continue the previous value.
// Messages name the file and line number only: a line may hold a secret.
class AwsProfileFile
{
public:
    enum class Kind {
        Config,
        Credentials,
    };

    AwsProfileFile() = default;

    // `label` names the file in messages ("~/.aws/config" or the path).
    static Result<AwsProfileFile> parse(std::string_view text, Kind kind, std::string label);

    // A missing file is an empty one (most people have only one of the
    // two); an unreadable one is an error.
    static Result<AwsProfileFile> load(const std::filesystem::path &path, Kind kind, std::string label);

    bool hasProfile(std::string_view name) const { return m_profiles.find(name) != m_profiles.end(); }

    // A profile's property ("region", "s3.addressing_style"); nullopt when
    // the profile or the key is missing.
    std::optional<std::string> value(std::string_view profile, std::string_view key) const;

    // A property of a [services NAME] section ("s3.endpoint_url").
    std::optional<std::string> serviceValue(std::string_view services, std::string_view key) const;

    const std::string &label() const { return m_label; }

private:
    using Properties = std::map<std::string, std::string, std::less<>>;
    using Sections = std::map<std::string, Properties, std::less<>>;

    static std::optional<std::string> lookup(const Sections &sections, std::string_view name, std::string_view key);

    Sections m_profiles;
    Sections m_services;
    std::string m_label;
};

} // namespace lakescope
