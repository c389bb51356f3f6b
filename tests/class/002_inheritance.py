# Single inheritance: overriding, extending, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"


a, d, p = Animal("generic"), Dog("rex"), Puppy("bit", 1)
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(p.age, p.name)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Puppy.__base__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.mro() == list(Puppy.__mro__))
print(Animal.__subclasses__(), Dog.__subclasses__())
print(issubclass(Puppy, object), isinstance(Puppy, type), type(Puppy))
print(issubclass(bool, int), isinstance(True, int), issubclass(int, (str, float, int)))
