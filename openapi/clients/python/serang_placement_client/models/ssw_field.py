from enum import StrEnum

class SswField(StrEnum):
    ACCOMMODATION = "accommodation"
    AGRICULTURE = "agriculture"
    AUTOMOBILE_REPAIR = "automobile_repair"
    AUTOMOBILE_TRANSPORTATION = "automobile_transportation"
    AVIATION = "aviation"
    BUILDING_CLEANING = "building_cleaning"
    CONSTRUCTION = "construction"
    FISHERY = "fishery"
    FOOD_BEVERAGE_MANUFACTURING = "food_beverage_manufacturing"
    FOOD_SERVICE = "food_service"
    FORESTRY = "forestry"
    INDUSTRIAL_PRODUCTS_MANUFACTURING = "industrial_products_manufacturing"
    NURSING_CARE = "nursing_care"
    RAILWAY = "railway"
    SHIPBUILDING = "shipbuilding"
    WOOD_INDUSTRY = "wood_industry"

    def __str__(self) -> str:
        return str(self.value)
