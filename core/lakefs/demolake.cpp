// SPDX-License-Identifier: Apache-2.0
#include "core/lakefs/demolake.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace lakescope::lakefs {

namespace {

constexpr const char *kRepo = "demo";
constexpr const char *kBranch = "experiment";

const char *const kZones[] = { "Midtown Center", "Upper East Side South", "JFK Airport", "Times Sq/Theatre District",
                               "East Village", "LaGuardia Airport", "Union Sq", "Lincoln Square East",
                               "Clinton East", "Murray Hill" };

// A small deterministic generator, so every demo lake holds the same bytes.
class Sequence
{
public:
    explicit Sequence(std::uint32_t seed) : m_state(seed) {}
    std::uint32_t next(std::uint32_t bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    std::uint32_t m_state;
};

// One month of yellow-cab trips; `cleaned` drops the refunds (negative
// fares) the raw feed carries, as the experiment branch does.
std::string taxiTrips(int month, std::uint32_t seed, bool cleaned)
{
    std::string csv = "vendor_id,pickup_datetime,dropoff_datetime,passenger_count,trip_distance,"
                      "pickup_zone,dropoff_zone,fare_amount,tip_amount,total_amount\n";
    Sequence random(seed);
    for (int trip = 0; trip < 48; ++trip) {
        const int day = 1 + static_cast<int>(random.next(28));
        const int hour = static_cast<int>(random.next(24));
        const int minute = static_cast<int>(random.next(60));
        const int duration = 4 + static_cast<int>(random.next(40));
        const double distance = 0.4 + random.next(180) / 10.0;
        double fare = 3.0 + distance * 2.5 + duration * 0.5;
        if (random.next(16) == 0)
            fare = -fare; // a refund in the raw feed
        if (cleaned && fare < 0)
            continue;
        const double tip = fare > 0 ? fare * (random.next(25) / 100.0) : 0.0;
        const int endMinute = minute + duration;
        char row[256];
        std::snprintf(row, sizeof row,
                      "%d,2024-%02d-%02d %02d:%02d:00,2024-%02d-%02d %02d:%02d:00,%d,%.1f,%s,%s,%.2f,%.2f,%.2f\n",
                      1 + static_cast<int>(random.next(2)), month, day, hour, minute, month, day,
                      (hour + endMinute / 60) % 24, endMinute % 60, 1 + static_cast<int>(random.next(4)), distance,
                      kZones[random.next(10)], kZones[random.next(10)], fare, tip, fare + tip + 2.5);
        csv += row;
    }
    return csv;
}

const char *const kZonesCsv = "zone_id,zone,borough\n"
                              "161,Midtown Center,Manhattan\n"
                              "237,Upper East Side South,Manhattan\n"
                              "132,JFK Airport,Queens\n"
                              "230,Times Sq/Theatre District,Manhattan\n"
                              "79,East Village,Manhattan\n"
                              "138,LaGuardia Airport,Queens\n"
                              "234,Union Sq,Manhattan\n"
                              "142,Lincoln Square East,Manhattan\n"
                              "48,Clinton East,Manhattan\n"
                              "170,Murray Hill,Manhattan\n";

std::string stations(bool withBrooklyn)
{
    std::string json = "{\n"
                       "  \"source\": \"NOAA GHCN-Daily\",\n"
                       "  \"stations\": [\n"
                       "    {\"id\": \"USW00094728\", \"name\": \"NY CITY CENTRAL PARK\", \"lat\": 40.7789, "
                       "\"lon\": -73.9692, \"elevation_m\": 42.7},\n"
                       "    {\"id\": \"USW00094789\", \"name\": \"JFK INTERNATIONAL AIRPORT\", \"lat\": 40.6386, "
                       "\"lon\": -73.7622, \"elevation_m\": 3.4},\n"
                       "    {\"id\": \"USW00014732\", \"name\": \"LAGUARDIA AIRPORT\", \"lat\": 40.7794, "
                       "\"lon\": -73.8803, \"elevation_m\": 3.0}";
    if (withBrooklyn)
        json += ",\n    {\"id\": \"US1NYKN0003\", \"name\": \"BROOKLYN 3.1 NW\", \"lat\": 40.6711, "
                "\"lon\": -73.9814, \"elevation_m\": 20.4}";
    return json + "\n  ]\n}\n";
}

std::string readme(bool withFebruary)
{
    std::string text = "# Demo lake\n\n"
                       "Sample data for trying Lakescope's lakeFS features: browse refs, diff, merge.\n\n"
                       "| Path | Content |\n|---|---|\n"
                       "| `datasets/taxi/2024-01.csv` | NYC yellow-cab trips, January 2024 (sample) |\n";
    if (withFebruary)
        text += "| `datasets/taxi/2024-02.csv` | NYC yellow-cab trips, February 2024 (sample) |\n"
                "| `datasets/weather/stations.json` | NOAA weather stations around NYC |\n";
    return text + "\nBranch `experiment` tries a cleaned February feed; tag `v1.0` marks the first release.\n";
}

class Seeder
{
public:
    explicit Seeder(VersionedRepository &lake) : m_lake(lake) {}

    Status put(const std::string &branch, const std::string &path, const std::string &content,
               const std::string &contentType, Metadata metadata = {})
    {
        UploadRequest request;
        request.path = path;
        request.contentType = contentType;
        request.metadata = std::move(metadata);
        StringSource source(content);
        const Result<ObjectStats> stats = m_lake.uploadObject(kRepo, branch, request, source);
        return stats ? Status() : Status(stats.error());
    }

    Status commit(const std::string &branch, std::string message, Metadata metadata)
    {
        CommitCreation creation;
        creation.message = std::move(message);
        creation.metadata = std::move(metadata);
        const Result<Commit> commit = m_lake.commit(kRepo, branch, creation);
        return commit ? Status() : Status(commit.error());
    }

private:
    VersionedRepository &m_lake;
};

#define DEMO_TRY(expression)                                                                                          \
    if (const Status status = (expression); !status)                                                                  \
        return status;

} // namespace

Status seedDemoLake(VersionedRepository &lake)
{
    if (lake.getRepository(kRepo))
        return {};
    RepositoryCreation creation;
    creation.name = kRepo;
    creation.storageNamespace = "local://demo";
    const Result<Repository> repository = lake.createRepository(creation);
    if (!repository)
        return repository.error();
    const std::string main = repository->defaultBranch;

    Seeder seed(lake);
    DEMO_TRY(seed.put(main, "README.md", readme(false), "text/markdown"));
    DEMO_TRY(seed.put(main, "datasets/taxi/2024-01.csv", taxiTrips(1, 202401, false), "text/csv",
                      { { "source", "nyc-tlc" }, { "rows", "48" } }));
    DEMO_TRY(seed.commit(main, "Add January taxi trips", { { "dataset", "taxi" }, { "month", "2024-01" } }));

    DEMO_TRY(seed.put(main, "datasets/taxi/2024-02.csv", taxiTrips(2, 202402, false), "text/csv",
                      { { "source", "nyc-tlc" }, { "rows", "48" } }));
    DEMO_TRY(seed.put(main, "datasets/weather/stations.json", stations(false), "application/json",
                      { { "source", "noaa-ghcn" } }));
    DEMO_TRY(seed.put(main, "README.md", readme(true), "text/markdown"));
    DEMO_TRY(seed.commit(main, "Add February trips and weather stations",
                         { { "dataset", "taxi,weather" }, { "month", "2024-02" } }));

    const Result<Ref> tag = lake.createTag(kRepo, "v1.0", main);
    if (!tag)
        return tag.error();

    const Result<std::string> branch = lake.createBranch(kRepo, kBranch, main);
    if (!branch)
        return branch.error();
    DEMO_TRY(seed.put(kBranch, "datasets/taxi/2024-02.csv", taxiTrips(2, 202402, true), "text/csv",
                      { { "source", "nyc-tlc" }, { "cleaned", "true" } }));
    DEMO_TRY(seed.put(kBranch, "datasets/taxi/zones.csv", kZonesCsv, "text/csv"));
    DEMO_TRY(seed.commit(kBranch, "Drop refunds from February, add taxi zones",
                         { { "dataset", "taxi" }, { "owner", "data-eng" } }));

    // Left uncommitted, so the branch shows changes in progress.
    DEMO_TRY(seed.put(kBranch, "datasets/weather/stations.json", stations(true), "application/json",
                      { { "source", "noaa-ghcn" } }));
    DEMO_TRY(seed.put(kBranch, "notes/cleaning.md",
                      "# Cleaning notes\n\n- Refunds (negative `fare_amount`) removed from February.\n"
                      "- TODO: join trips with `zones.csv` on zone name.\n",
                      "text/markdown"));
    return {};
}

} // namespace lakescope::lakefs
