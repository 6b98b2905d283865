#pragma once

#include "s3/credentialsprovider.h"

#include <QProcessEnvironment>

#include <memory>

namespace PartSweep {

// Temporary credentials from a profile's credential_process, run again before they expire, so a
// job of several hours outlives the first credentials. As botocore does: an advisory refresh
// when less than 5 minutes remain (at most one attempt a minute; the old credentials are kept
// when it fails), a mandatory one when less than 1 minute remains (a failure fails the requests
// waiting for it). The command runs on a thread of its own: it may take seconds (an SSO login
// helper, a vault). Used on the pipeline's thread.
class ProcessCredentialsProvider final : public CredentialsProvider
{
public:
    ProcessCredentialsProvider(QProcessEnvironment env, QString commandLine, QString profile, AwsCredentials initial,
                               int timeoutMs = 30000);
    ~ProcessCredentialsProvider() override;

    AwsCredentials credentials() const override;
    bool needsRefresh(const QDateTime &now) const override;
    void refresh(QObject *context, std::function<void(Result<Unit>)> done) override;
    bool markExpired() override;

    int refreshes() const; // commands run since construction

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the thread running the command
};

} // namespace PartSweep
