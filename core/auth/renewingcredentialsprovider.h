#pragma once

#include "s3/credentialsprovider.h"

#include <functional>
#include <memory>

namespace PartSweep {

// Temporary credentials obtained again before they expire, so a job of several hours outlives the
// first ones (a credential_process, a role assumed through STS, IAM Identity Center...). As
// botocore does: an advisory refresh when less than 5 minutes remain (at most one attempt a
// minute; the old credentials are kept when it fails), a mandatory one when less than 1 minute
// remains (a failure fails the requests waiting for it). `obtain` BLOCKS (a process, an HTTP
// exchange): it runs on a thread of its own, never the pipeline's, and must be safe to call from
// any thread (capture by value). `what` names the source in logs ("credential_process of profile
// prod"). Used on the pipeline's thread.
class RenewingCredentialsProvider : public CredentialsProvider
{
public:
    // Why new credentials are wanted: the current ones near their expiry, or the server refused them
    // as expired (then nothing cached may be handed back: it could be the refused credentials).
    enum class Renewal
    {
        Expiring,
        RefusedAsExpired,
    };
    using Obtain = std::function<Result<AwsCredentials>(Renewal why)>;
    RenewingCredentialsProvider(Obtain obtain, QString what, AwsCredentials initial);
    ~RenewingCredentialsProvider() override;

    AwsCredentials credentials() const override;
    bool needsRefresh(const QDateTime &now) const override;
    void refresh(QObject *context, std::function<void(Result<Unit>)> done) override;
    bool markExpired() override;

    int refreshes() const; // renewals started since construction

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the thread obtaining new credentials
};

} // namespace PartSweep
