from enum import StrEnum

class Sector(StrEnum):
    AGRICULTURE = "agriculture"
    AUTOMOTIVE = "automotive"
    AVIATION_GROUND_HANDLING = "aviation_ground_handling"
    CAREGIVING = "caregiving"
    CLEANING = "cleaning"
    CONSTRUCTION = "construction"
    DOMESTIC_WORK = "domestic_work"
    ELECTRICAL = "electrical"
    FISHERY = "fishery"
    FOOD_MANUFACTURING = "food_manufacturing"
    FOOD_SERVICE = "food_service"
    HOSPITALITY = "hospitality"
    LIVESTOCK = "livestock"
    LOGISTICS = "logistics"
    MANUFACTURING = "manufacturing"
    NURSING = "nursing"
    SERVICES = "services"
    SHIPBUILDING = "shipbuilding"
    WELDING = "welding"

    def __str__(self) -> str:
        return str(self.value)
