"""The two transports of :class:`~airflow_provider_paysecure.call.Call`: they do I/O only.

- :mod:`.sync_http`: ``requests``, for the hook;
- :mod:`.async_http`: ``asyncio`` and ``h11``, for the trigger.

Each sends one :class:`~airflow_provider_paysecure.call.Send` step and reports a
:class:`~airflow_provider_paysecure.call.Response` or a
:class:`~airflow_provider_paysecure.call.Failure`; every decision is the call's.
"""
