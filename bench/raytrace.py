# raytrace: a small Whitted-style ray tracer with vectors as classes. Spheres and a
# checkered floor, two point lights with shadows, and recursive mirror reflection; every
# operation allocates Vec objects through operator methods (__add__, __mul__, ...).
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())

    def blend(self, o):
        # Component-wise product, used for colours.
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
EPS = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, mirror):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.mirror = mirror

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, colour, other, diffuse, specular, mirror):
        Material.__init__(self, colour, diffuse, specular, mirror)
        self.other = other

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2:
            return self.other
        return self.colour


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def hit(self, ray):
        # Smallest t > EPS where the ray meets the sphere, or None.
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def hit(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPS:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.colour_at(point)
        result = base * self.ambient
        for light_pos, light_colour in self.lights:
            delta = light_pos - point
            dist = delta.length()
            to_light = delta * (1.0 / dist)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, dist):
                continue
            result = result + base.blend(light_colour) * (lambert * mat.diffuse)
            half = (to_light - ray.direction).unit()
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light_colour * (mat.specular * spec ** 32)
        if mat.mirror > 0.0 and depth < 3:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            result = result + self.trace(Ray(point, reflected), depth + 1) * mat.mirror
        return result


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                           Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.8, 0.2, 0.3)))
    s.objects.append(Sphere(Vec(0.0, 0.0, 4.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.4)))
    s.objects.append(Sphere(Vec(-2.2, 0.3, 5.0), 1.3, Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 0.2)))
    s.objects.append(Sphere(Vec(2.0, -0.4, 3.2), 0.6, Material(Vec(0.3, 0.3, 0.9), 0.6, 0.8, 0.6)))
    s.objects.append(Sphere(Vec(0.8, 1.6, 6.0), 0.9, Material(Vec(0.9, 0.8, 0.2), 0.9, 0.1, 0.0)))
    s.lights.append((Vec(-4.0, 6.0, -1.0), Vec(0.9, 0.9, 0.9)))
    s.lights.append((Vec(5.0, 3.0, 1.0), Vec(0.4, 0.3, 0.2)))
    return s


def to_byte(c):
    c = int(c * 255.0)
    if c < 0:
        return 0
    if c > 255:
        return 255
    return c


def render(scene, width, height):
    eye = Vec(0.0, 0.4, -2.0)
    checksum = 0
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * width / height
            ray = Ray(eye, Vec(x, y, 2.0).unit())
            c = scene.trace(ray, 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
    return checksum


def main(n):
    print("raytrace", n, render(build_scene(), n, n * 3 // 4))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
