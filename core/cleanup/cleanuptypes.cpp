#include "cleanup/cleanuptypes.h"

#include "util/format.h"

#include <QCoreApplication>

#include <algorithm>

namespace PartSweep {

namespace {

struct StateNames
{
    CleanupState state;
    const char16_t *name; // stable: the journal and reports (stateFromName reads it back)
    const char *text;     // for people, translated by stateText()
};

constexpr StateNames Names[] = {
    {CleanupState::Queued, u"queued", QT_TRANSLATE_NOOP("Cleanup", "queued")},
    {CleanupState::Inspecting, u"inspecting", QT_TRANSLATE_NOOP("Cleanup", "listing parts (dry run)")},
    {CleanupState::Aborting, u"aborting", QT_TRANSLATE_NOOP("Cleanup", "aborting")},
    {CleanupState::Verifying, u"verifying", QT_TRANSLATE_NOOP("Cleanup", "verifying")},
    {CleanupState::BackingOff, u"backing-off", QT_TRANSLATE_NOOP("Cleanup", "waiting to try again")},
    {CleanupState::Verified, u"verified", QT_TRANSLATE_NOOP("Cleanup", "verified: nothing left")},
    {CleanupState::Aborted, u"aborted-unverified",
     QT_TRANSLATE_NOOP("Cleanup", "abort accepted; not verified (verification off)")},
    {CleanupState::Failed, u"failed", QT_TRANSLATE_NOOP("Cleanup", "failed")},
    {CleanupState::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("Cleanup", "cancelled; untouched")},
    {CleanupState::CancelledUnverified, u"cancelled-unverified",
     QT_TRANSLATE_NOOP("Cleanup", "cancelled after abort sent; not verified")},
    {CleanupState::Excluded, u"excluded", QT_TRANSLATE_NOOP("Cleanup", "excluded; untouched")},
    {CleanupState::WouldAbort, u"would-abort", QT_TRANSLATE_NOOP("Cleanup", "would be aborted (dry run)")},
};

const StateNames &namesOf(CleanupState state)
{
    const auto it =
        std::find_if(std::begin(Names), std::end(Names), [state](const StateNames &n) { return n.state == state; });
    return *it;
}

} // namespace

bool isDone(CleanupState state)
{
    switch (state) {
    case CleanupState::Verified:
    case CleanupState::Aborted:
    case CleanupState::Failed:
    case CleanupState::Excluded:
    case CleanupState::WouldAbort:
        return true;
    default:
        return false;
    }
}

bool isFinal(CleanupState state)
{
    return isDone(state) || state == CleanupState::Cancelled || state == CleanupState::CancelledUnverified;
}

QString stateText(CleanupState state)
{
    return QCoreApplication::translate("Cleanup", namesOf(state).text);
}

bool isLeftToDo(const CleanupItem &item)
{
    return !isDone(item.state) || (item.state == CleanupState::Failed && item.retryable);
}

QString partsText(int parts, qint64 bytes)
{
    return QCoreApplication::translate("Cleanup", "%1 part(s) (%2)").arg(parts).arg(Format::bytes(bytes));
}

QString stateName(CleanupState state)
{
    return QString::fromUtf16(namesOf(state).name);
}

std::optional<CleanupState> stateFromName(QStringView name)
{
    for (const StateNames &n : Names) {
        if (name == QStringView(n.name))
            return n.state;
    }
    return std::nullopt;
}

QJsonObject CleanupOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("requestPayer"), requestPayer},
        {QStringLiteral("expectedBucketOwner"), expectedBucketOwner},
        {QStringLiteral("maxAborts"), maxAborts},
        {QStringLiteral("verify"), verify},
        {QStringLiteral("backoffMs"), backoffMs},
        {QStringLiteral("maxBackoffMs"), maxBackoffMs},
        {QStringLiteral("transientRounds"), transientRounds},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("inspect"), inspect},
        {QStringLiteral("minAgeSeconds"), minAgeSeconds},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("region"), region},
        {QStringLiteral("shardIndex"), shardIndex},
        {QStringLiteral("shardCount"), shardCount},
    };
}

CleanupOptions CleanupOptions::fromJson(const QJsonObject &json)
{
    CleanupOptions o;
    o.concurrency = json.value(QStringLiteral("concurrency")).toInt(o.concurrency);
    o.requestPayer = json.value(QStringLiteral("requestPayer")).toBool(o.requestPayer);
    o.expectedBucketOwner = json.value(QStringLiteral("expectedBucketOwner")).toString();
    o.maxAborts = json.value(QStringLiteral("maxAborts")).toInt(o.maxAborts);
    o.verify = json.value(QStringLiteral("verify")).toBool(o.verify);
    o.backoffMs = json.value(QStringLiteral("backoffMs")).toInt(o.backoffMs);
    o.maxBackoffMs = json.value(QStringLiteral("maxBackoffMs")).toInt(o.maxBackoffMs);
    o.transientRounds = json.value(QStringLiteral("transientRounds")).toInt(o.transientRounds);
    o.dryRun = json.value(QStringLiteral("dryRun")).toBool(o.dryRun);
    o.inspect = json.value(QStringLiteral("inspect")).toBool(o.inspect);
    o.minAgeSeconds = json.value(QStringLiteral("minAgeSeconds")).toInteger(o.minAgeSeconds);
    o.endpoint = json.value(QStringLiteral("endpoint")).toString();
    o.region = json.value(QStringLiteral("region")).toString();
    o.shardIndex = json.value(QStringLiteral("shardIndex")).toInt(0);
    o.shardCount = std::max(1, json.value(QStringLiteral("shardCount")).toInt(1));
    return o;
}

} // namespace PartSweep
