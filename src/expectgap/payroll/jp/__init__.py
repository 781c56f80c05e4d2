"""Japan payroll engine (placeholder until the engine lands)."""
