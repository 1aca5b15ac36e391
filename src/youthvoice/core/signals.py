"""What the site shell tells the rest of the site: security steps others may want to record.

Core sits below the audit log, so it never writes there itself; the audit app listens to these signals (in
``audit.signals``, beside Django's own sign-in signals) and records each one. The handlers run at once, in
the sender's transaction, as a direct call would.
"""

from django.dispatch import Signal

# sender: the user's class; keyword argument: user.
two_factor_enrolled = Signal()
two_factor_verified = Signal()
two_factor_failed = Signal()

# sender: ApiClient; keyword arguments: client, actor (and reason, for a revocation).
api_client_created = Signal()
api_client_revoked = Signal()

# sender: None; keyword arguments: actor (None when run from the command line), counts (rows per model).
encrypted_values_rotated = Signal()
