package dev.iptvbridge.application.port.in;

/** Shows desired, observed, the plan, the queue state and the recent audit of one account; changes nothing. */
public interface ExplainAccountUseCase {

    /**
     * Never fails because billing or Minerva does not answer: the explanation says which could not be read.
     *
     * @throws dev.iptvbridge.application.port.out.IntegrationException when the bridge's own records cannot be read
     */
    AccountExplanation explain(long accountId);
}
