"""The Rota page: who is due to present, the plan and fairness tables, breaks and pins,
and the printed rota and calendar file."""
