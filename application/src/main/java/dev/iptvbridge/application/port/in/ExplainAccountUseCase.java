package dev.iptvbridge.application.port.in;

/** Shows desired, observed, the plan, the queue state and the recent audit of one account; changes nothing. */
public interface ExplainAccountUseCase {

    /** @throws dev.iptvbridge.application.port.out.IntegrationException when billing or Minerva cannot be read */
    AccountExplanation explain(long accountId);
}
