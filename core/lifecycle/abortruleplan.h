#pragma once

#include "lifecycle/lifecycleconfig.h"

namespace PartSweep {

// What adding PartSweep's abort rule does to one bucket's configuration. PartSweep adds its own
// rule (ID "partsweep-abort-incomplete-uploads", made unique) and never edits an existing one:
// every rule read stays as it was. When an enabled whole-bucket rule already aborts uploads after
// as few days or fewer, nothing is written ("already covered").
struct AbortRulePlan
{
    enum class Outcome
    {
        Add,     // `intended` is the configuration to write
        Covered, // an existing rule aborts at least as soon
        Refused, // see `reason`
    };
    Outcome outcome = Outcome::Refused;
    int days = 0;   // Add: asked; Covered: the covering rule's
    QString ruleId; // Add: the new rule's ID; Covered: the covering rule's
    int kept = 0;   // rules kept as they are
    LifecycleConfig intended;
    QString reason; // Refused: why

    // current: the configuration read from the bucket (exists false: none).
    static AbortRulePlan make(const LifecycleConfig &current, int days);
    // "adds 'abort after 7 d', keeps 3 rule(s) as they are (new rule ...)", "already covered
    // (5 d, rule old-abort)", "refused: ...".
    QString text() const;
};

} // namespace PartSweep
