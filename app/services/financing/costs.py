"""What an application's placement costs and who pays each item, from its job order."""

from sqlmodel import Session

from app.core.errors import not_found
from app.core.principal import Principal
from app.models.application import Application
from app.models.financing import ApplicationCosts, PayerTotal
from app.models.vacancy import CostItem, Payer, Vacancy
from app.services.applications.service import get_application
from app.services.vacancies.rules import ZERO_COST_SOURCE, is_zero_cost

IDR = "IDR"


def cost_items(vacancy: Vacancy) -> list[CostItem]:
    return [CostItem.model_validate(item) for item in vacancy.cost_items]


def payer_totals(items: list[CostItem]) -> list[PayerTotal]:
    """Sums per payer and currency, in the order of the Payer enum, then by currency."""
    sums: dict[tuple[Payer, str], int] = {}
    for item in items:
        key = (item.payer, item.currency)
        sums[key] = sums.get(key, 0) + item.amount
    order = list(Payer)
    return [
        PayerTotal(payer=payer, currency=currency, amount=amount)
        for (payer, currency), amount in sorted(
            sums.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1])
        )
    ]


def worker_total_idr(items: list[CostItem]) -> int:
    return sum(i.amount for i in items if i.payer == Payer.worker and i.currency == IDR)


def costs_of(application: Application, vacancy: Vacancy) -> ApplicationCosts:
    items = cost_items(vacancy)
    totals = payer_totals(items)
    zero_cost = is_zero_cost(vacancy.sector, vacancy.isco_code)
    return ApplicationCosts(
        application_id=application.id or 0,
        vacancy_id=vacancy.id or 0,
        contract_months=vacancy.contract_months,
        items=items,
        totals=totals,
        worker_total_idr=worker_total_idr(items),
        worker_other_currencies=[
            t for t in totals if t.payer == Payer.worker and t.currency != IDR
        ],
        zero_cost_occupation=zero_cost,
        zero_cost_to_worker=not any(i.payer == Payer.worker for i in items),
        legal_basis=ZERO_COST_SOURCE if zero_cost else None,
    )


def application_costs(session: Session, application_id: int, viewer: Principal) -> ApplicationCosts:
    """Who may see the application may see its costs (404 otherwise)."""
    application = get_application(session, application_id, viewer)
    vacancy = session.get(Vacancy, application.vacancy_id)
    if vacancy is None:  # pragma: no cover - the foreign key keeps it
        raise not_found("vacancy")
    return costs_of(application, vacancy)
