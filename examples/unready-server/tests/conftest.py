# Recorded from production on 2026-10-01 to make the tests realistic.
SAMPLE_MESSAGE = {
    "from": "kari.nordmann@contoso.com",
    "tenant_id": "3f1c2b7e-9a4d-4e2b-8c1a-5d6e7f8a9b0c",
    "subject": "Quarterly numbers",
}
